import { topicLabel } from "@/lib/articles/topics";

export function TopicTags({ topics, className = "" }: { topics: string[]; className?: string }) {
  return (
    // Each tag's look is set once on the list (*:), not per tag: fewer bytes in every page that lists articles.
    <ul aria-label="Topics" className={`flex flex-wrap gap-1.5 *:rounded-full *:bg-brand-50 *:px-2.5 *:py-0.5 *:text-xs *:font-medium *:text-brand-800 ${className}`}>
      {topics.map((topic) => (
        <li key={topic}>
          {topicLabel(topic)}
        </li>
      ))}
    </ul>
  );
}
