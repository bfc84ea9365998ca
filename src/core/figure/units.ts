// Data: the units a figure is written in. Scale words multiply ("2.000 tỷ đồng" is 2·10¹²
// đồng); percentage points are not percent. Count nouns are what a bare count counts
// ("37/43 chỉ tiêu", "16 nghị quyết", "63 tỉnh, thành phố"): they come from countNouns.ts.

export const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['nghìn tỷ', 1e12],
  ['ngàn tỷ', 1e12],
  ['triệu tỷ', 1e18],
  ['vạn', 1e4],
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
];

export const CURRENCIES: ReadonlyArray<readonly [string, string]> = [
  ['đô la Mỹ', 'USD'],
  ['đô la', 'USD'],
  ['USD', 'USD'],
  ['đồng', 'đồng'],
  ['VNĐ', 'đồng'],
  ['VND', 'đồng'],
  ['Euro', 'EUR'],
  ['EUR', 'EUR'],
  ['Nhân dân tệ', 'CNY'],
];

/** Measures written after a number; the second item names the dimension, the third scales. */
export const MEASURES: ReadonlyArray<readonly [string, string, number]> = [
  ['điểm phần trăm', 'điểm phần trăm', 1],
  ['phần trăm', '%', 1],
  ['%', '%', 1],
  ['km2', 'km²', 1],
  ['km²', 'km²', 1],
  ['km', 'km', 1],
  ['mét', 'm', 1],
  ['m2', 'm²', 1],
  ['m²', 'm²', 1],
  ['m3', 'm³', 1],
  ['m³', 'm³', 1],
  ['ha', 'ha', 1],
  ['héc-ta', 'ha', 1],
  ['hécta', 'ha', 1],
  ['tấn', 'tấn', 1],
  ['tạ', 'tấn', 0.1],
  ['kg', 'kg', 1],
  ['lít', 'lít', 1],
  ['MW', 'MW', 1],
  ['kWh', 'kWh', 1],
  ['GW', 'MW', 1000],
  ['m', 'm', 1],
];
