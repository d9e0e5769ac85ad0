export * from './zip-guard';
export * from './cell-text';
export * from './roster-workbook';
export * from './form-style';
export * from './dossier-workbook';
export * from './round-reports';
