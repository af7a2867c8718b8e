// What test/bench/find.mjs times: the pure filter and search modules, bundled for Node.
export { buildModel } from '../../src/data/timeline-model';
export { largeDataFiles } from '../../src/build/large-data';
export { readIndex } from '../../src/data/large-index';
export { eventFacets } from '../../src/view/event-facets';
export { packFacets, unpackFacets } from '../../src/view/packed-facets';
export { facetLists } from '../../src/view/facets';
export { selectEvents } from '../../src/view/select-events';
export { buildSearchIndex } from '../../src/search/search-index';
export { searchEvents } from '../../src/search/search';
export { findInIndex } from '../../src/search/search-index';
