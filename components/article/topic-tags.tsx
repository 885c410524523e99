import { topicLabel } from "@/lib/articles/topics";

export function TopicTags({ topics, className = "" }: { topics: string[]; className?: string }) {
  return (
    <ul aria-label="Topics" className={`flex flex-wrap gap-1.5 ${className}`}>
      {topics.map((topic) => (
        <li key={topic} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800">
          {topicLabel(topic)}
        </li>
      ))}
    </ul>
  );
}
