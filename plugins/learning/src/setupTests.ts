import '@testing-library/jest-dom';

// Component tests click and type through whole pages. On a loaded two-core
// CI machine one of them took longer than jest's default five seconds
// without being wrong; a hung test still fails, after 30.
jest.setTimeout(30_000);
