// sms: "Start <option>" / "Stop <option>" commands read into booking and cancellation intents (R8–R10).
export type { SmsIntent, SmsOptionRef } from './types.js';
export { parseSmsCommand } from './parseSmsCommand.js';
