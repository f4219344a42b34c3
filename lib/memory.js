'use strict';
// Raw memory helpers of node:ffi (see docs/api.md). Placeholder until the
// memory-helpers work lands.
module.exports = {};
