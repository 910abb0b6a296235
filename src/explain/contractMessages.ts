/**
 * The words for contract refusals, in German and English (R3–R5, R24). No math
 * here. Placeholders: `{plan}` the plan's name, `{target}` the plan asked for,
 * `{last}` the contract's last day, `{date}` the day from which the change is possible.
 *
 * @internal
 * @module
 */
import type { ContractRefusalReason } from '../contract/types.js';
import type { Locale } from '../money/types.js';

export const CONTRACT_REFUSAL_WORDS: Readonly<Record<ContractRefusalReason, Readonly<Record<Locale, string>>>> = {
  OPTIONS_NOT_CHANGEABLE: {
    de: 'Die Optionen des Tarifs {plan} lassen sich nicht einzeln ändern. Bitte wenden Sie sich an unseren Vertrieb.',
    en: 'The options of plan {plan} cannot be changed one by one. Please contact sales.',
  },
  INCOMPATIBLE_PLAN: {
    de: 'Ein Wechsel von {plan} zu {target} ist im laufenden Vertrag nicht möglich. Bitte wenden Sie sich an unseren Vertrieb.',
    en: 'Switching from {plan} to {target} is not possible within the running contract. Please contact sales.',
  },
  NOT_AN_UPGRADE: {
    de: 'Die gewünschte Konfiguration ist günstiger als {plan} bisher: Ein Downgrade ist während der Vertragslaufzeit nicht möglich.',
    en: 'The configuration asked for costs less than {plan} so far: a downgrade is not possible during the term.',
  },
  NOT_A_DOWNGRADE: {
    de: 'Die gewünschte Konfiguration ist teurer als {plan} bisher: Das ist ein Upgrade.',
    en: 'The configuration asked for costs more than {plan} so far: that is an upgrade.',
  },
  NO_SPECIAL_TERMINATION_RIGHT: {
    de: 'Ein Sonderkündigungsrecht, um den Vertrag frühzeitig zu beenden, besteht nicht. Eine ordentliche Kündigung beendet ihn zum {last}.',
    en: 'There is no special right to end the contract early. An ordinary cancellation ends it on {last}.',
  },
  ALREADY_CANCELLED: {
    de: 'Der Vertrag ist bereits gekündigt und endet zum {last}.',
    en: 'The contract is already cancelled and ends on {last}.',
  },
  CONTRACT_ENDS_FIRST: {
    de: 'Der Vertrag endet zum {last}, bevor die Änderung wirksam würde.',
    en: 'The contract ends on {last}, before the change would take effect.',
  },
};

/** R5 in the seed's words: closing the business is no special right. */
export const BUSINESS_CLOSURE_WORDS: Readonly<Record<Locale, string>> = {
  de: 'Das Schließen einer Firma gilt nicht als Sonderkündigungsrecht, um den bestehenden Vertrag frühzeitig zu beenden. Eine ordentliche Kündigung beendet ihn zum {last}.',
  en: 'Closing a business is no special right to end the contract early. An ordinary cancellation ends it on {last}.',
};

/** Added when a refusal has a day from which the change is possible. */
export const POSSIBLE_FROM_WORDS: Readonly<Record<Locale, string>> = {
  de: 'Möglich ab {date}.',
  en: 'Possible from {date}.',
};

/** For refusals of other modules this catalogue does not know yet. */
export const UNKNOWN_REFUSAL_WORDS: Readonly<Record<Locale, string>> = {
  de: 'Die Änderung wurde abgelehnt ({reason}).',
  en: 'The change was refused ({reason}).',
};
