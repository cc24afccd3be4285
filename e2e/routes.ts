/** Every route with a fixed address, and the main heading each shows. Later features add theirs. */
export const staticRoutes: { hash: string; heading: RegExp }[] = [
  { hash: '#/', heading: /Calais leave settlement decisions|Your cases|Cases/ },
  { hash: '#/about', heading: /About this service and your data/ },
];
