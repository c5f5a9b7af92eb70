export * from './powers-page';
export * from './power-page';
export * from './power-form-pages';
