// Minimal typing for the cytoscape-fcose layout extension (it ships none).
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
