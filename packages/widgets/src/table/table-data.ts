/** The table shape lives with the view models (@prim/indicators/present), DOM-free. */
export {
  cell,
  unknownCell,
  type Cell,
  type Column,
  type TableView as TableData,
} from '@prim/indicators/present';
