// options: option tariffs on their own cycles (R8, R10), package pre-booking (R9), postpaid pro rata (R11), cancel and switch at the 48-hour boundary (R12), withdrawal (R13).
export type {
  BookingAnchoredTariff,
  BookingAnchoredTariffSpec,
  BookOptionRequest,
  BookOptionResult,
  CancelOptionRequest,
  CancelOptionResult,
  EndAlreadyScheduledRefusal,
  OptionAccount,
  OptionAlreadyBookedRefusal,
  OptionBooked,
  OptionBooking,
  OptionCancelScheduled,
  OptionDefinition,
  OptionDropped,
  OptionEnding,
  OptionRefusal,
  OptionRow,
  OptionStatus,
  OptionSwitched,
  OptionTariff,
  OptionTariffBase,
  OptionTariffSpec,
  OptionTariffSpecBase,
  OptionWithdrawn,
  PackageTariff,
  PackageTariffSpec,
  PostpaidMonthTariff,
  PostpaidMonthTariffSpec,
  SwitchOptionRequest,
  SwitchOptionResult,
  TariffOption,
  WithdrawalRefusal,
  WithdrawOptionOptions,
  WithdrawOptionRequest,
  WithdrawOptionResult,
} from './types.js';
export { createOptionTariff } from './createOptionTariff.js';
export { createOptionAccount } from './createOptionAccount.js';
export { bookOption } from './bookOption.js';
export { cancelOption } from './cancelOption.js';
export { switchOption } from './switchOption.js';
export { withdrawOption } from './withdrawOption.js';
export { optionLinesFor } from './optionLinesFor.js';
export { listOptions } from './listOptions.js';
