/** An option a customer can switch by SMS, as the caller knows it. */
export interface SmsOptionRef {
  /** The option's id, as the booking functions use it. */
  readonly id: string;
  /** The name customers type after "Start" or "Stop" ("SMS Flat", "Datenpaket M"). */
  readonly name: string;
}

/** What an SMS asks for: to book an option ("Start") or to cancel it ("Stop"). */
export interface SmsIntent {
  /** `book` for "Start", `cancel` for "Stop". */
  readonly type: 'book' | 'cancel';
  /** The id of the option meant. */
  readonly optionId: string;
  /** The option's name as the caller listed it. */
  readonly optionName: string;
}
