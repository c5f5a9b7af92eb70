export * from './agency-type';
export * from './premises-kind';
export * from './power';
export * from './role';
export * from './postcode';
export * from './text';
