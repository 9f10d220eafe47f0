// world-atlas ships its TopoJSON as JSON files: typed unknown here (checked on load by
// isCountriesTopology) rather than inferred from 750 kB of coordinates.
declare module 'world-atlas/countries-110m.json' {
  const topology: unknown
  export default topology
}
declare module 'world-atlas/countries-50m.json' {
  const topology: unknown
  export default topology
}
