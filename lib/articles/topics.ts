// Topic names as stored on articles, with the words the hub shows for them.
import type { ArticleSummary } from "./types";

export const TOPICS = {
  legs: { label: "Leg cramps", blurb: "Calves, thighs and feet: why they tighten and how to loosen them." },
  hands: { label: "Hand cramps", blurb: "Fingers, palms and forearms after writing, gripping or typing." },
  treatment: { label: "Treatment and relief", blurb: "What to do while a cramp holds and in the hours after." },
  prevention: { label: "Prevention", blurb: "Daily habits that make the next cramp less likely." },
  night: { label: "Night cramps", blurb: "The calf cramps that wake you, and how to sleep through." },
  science: { label: "How cramps work", blurb: "What a muscle is doing when it will not let go." },
  causes: { label: "Causes", blurb: "Common triggers, from tired muscles to medicines." },
  doctor: { label: "When to get help", blurb: "Signs that a cramp deserves a doctor's opinion." },
} as const;

export type Topic = keyof typeof TOPICS;

/** Hub order: body part first, then what you can do, then background. */
export const TOPIC_ORDER: Topic[] = ["legs", "hands", "treatment", "prevention", "night", "science", "causes", "doctor"];

export function isTopic(value: string): value is Topic {
  return Object.hasOwn(TOPICS, value);
}

export function topicLabel(topic: string): string {
  return isTopic(topic) ? TOPICS[topic].label : topic;
}

export type TopicGroup = { topic: Topic; label: string; blurb: string; articles: ArticleSummary[] };

/**
 * Groups articles for the hub under their primary topic (the first one they list that the hub
 * knows), so each article appears once; groups come in TOPIC_ORDER, empty ones are left out.
 */
export function groupByPrimaryTopic(articles: ArticleSummary[]): TopicGroup[] {
  const byTopic = new Map<Topic, ArticleSummary[]>();
  for (const article of articles) {
    const primary = article.topics.find(isTopic) ?? "causes";
    byTopic.set(primary, [...(byTopic.get(primary) ?? []), article]);
  }
  return TOPIC_ORDER.filter((topic) => byTopic.has(topic)).map((topic) => ({
    topic,
    ...TOPICS[topic],
    articles: byTopic.get(topic)!,
  }));
}
