export * from './zip-guard';
export * from './cell-text';
export * from './roster-workbook';
