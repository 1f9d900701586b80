export { feedbackModule } from './module.js';
export {
  closeFeedback,
  FEEDBACK_TRANSITIONS,
  type FeedbackClosing,
  feedbackRoutes,
  nextFeedbackCode,
  toFeedback,
} from './routes.js';
