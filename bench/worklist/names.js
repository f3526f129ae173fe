// The bench tenant's collectors (one per segment) and sales representatives, shared by its setup and load.
export const COLLECTORS = { nordic: 'nora', uk: 'uma', eu: 'erik', rest: 'rosa' };
export const SALES_REPS = 40;
