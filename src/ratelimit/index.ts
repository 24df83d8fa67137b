// Rate limiting for chat entry points: a pure limiter and the message refused callers get.

export {
  type Caller,
  DEFAULT_RATE_LIMITS,
  type Decision,
  type Rate,
  RateLimiter,
  type RateLimits,
} from './limiter.js';
export { slowDownMessage } from './message.js';
