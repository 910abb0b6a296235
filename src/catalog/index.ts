// catalog: plans, options and policies as plain data, checked once (R1 price/cycle/term/renewal, R2–R4 policy, R25 customer kind).
export type {
  Catalog,
  CatalogData,
  Configuration,
  CustomerKind,
  NoticePeriod,
  NoticeUnit,
  Plan,
  PlanCycleData,
  PlanData,
  PlanOption,
  PlanOptionData,
  PlanPolicy,
  PlanPolicyData,
  PlanPriceData,
  PricePer,
  RenewalRule,
} from './types.js';
export { createCatalog } from './createCatalog.js';
export { parseCatalog } from './parseCatalog.js';
export { getPlan } from './getPlan.js';
export { configurationPrice } from './configurationPrice.js';
