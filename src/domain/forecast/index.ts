export { forecastCash, isqrt, type CashForecast, type CurrencyForecast, type ForecastInvoice, type ForecastWeek } from './forecast.js';
export { weekShares, PPM } from './spread.js';
