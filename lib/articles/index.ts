export { getArticleBySlug } from "./get-article-by-slug";
export { listArticles } from "./list-articles";
export { extractHeadings, remarkHeadingIds, type TocHeading } from "./headings";
export { readingMinutes } from "./reading-time";
export { groupByPrimaryTopic, topicLabel, TOPICS, type Topic, type TopicGroup } from "./topics";
export type { ArticleDetail, ArticleSummary, RelatedDevice } from "./types";
