// sepa: SEPA direct debit dates, TARGET business days and pre-notification (R29).
export {};
