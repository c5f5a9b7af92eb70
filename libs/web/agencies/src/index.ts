export * from './agencies-page';
export * from './agency-page';
export * from './agency-form-pages';
export * from './officer-form-pages';
