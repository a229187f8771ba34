export { estimateCost, findPrice, costAt, candidateIds, type ResolvedPrice } from './estimate-cost.ts';
export { PRICE_TABLE, type PriceRow, type PriceTier } from './price-table.ts';
