export {
  GUIDE_FIELDS,
  GUIDE_QUESTIONS,
  guideAnswersSchema,
  parseGuideAnswers,
  type GuideAnswerError,
  type GuideAnswers,
  type GuideField,
  type ParsedGuide,
} from "./answers";
export {
  GUIDE_ARTICLES,
  recommend,
  type DeviceReason,
  type DeviceSlug,
  type DoctorAdvice,
  type GuideRecommendation,
} from "./recommend";
