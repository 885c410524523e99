export type SeedArticle = {
  slug: string;
  title: string;
  summary: string; // one or two sentences, <= 200 chars, used as meta description
  topics: string[]; // from: legs, hands, causes, science, treatment, night, prevention, doctor
  relatedProductSlugs: string[]; // from: us111, ultragun, ultragun-pro
  body: string; // Markdown
};
