export {
  GUIDE_FIELDS,
  GUIDE_QUESTIONS,
  guideAnswersSchema,
  guideQuery,
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
export { DEVICE_SLUGS, deviceFit, isDeviceSlug, type DeviceFit, type LessFitReason } from "./device-fit";
