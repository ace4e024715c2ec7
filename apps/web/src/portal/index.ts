export { PortalApp } from './PortalApp.tsx';
export { isPortalPath } from './portal-routes.ts';
