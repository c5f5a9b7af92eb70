export * from './meetings-page';
export * from './meeting-page';
