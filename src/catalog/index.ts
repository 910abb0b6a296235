// catalog: plans, components, add-ons and option tariffs as plain data, checked once (R1–R4, R8–R11, R14, R25).
export type {
  BillingTiming,
  Catalog,
  CatalogData,
  CatalogOption,
  Component,
  ComponentData,
  Configuration,
  NoticePeriod,
  NoticeUnit,
  OptionData,
  OptionTariff,
  OptionTariffData,
  Plan,
  PlanCycle,
  PlanData,
  PlanPolicy,
  PlanPolicyData,
  PlanPrice,
  PricePer,
  RenewalRule,
} from './types.js';
export { createCatalog } from './createCatalog.js';
