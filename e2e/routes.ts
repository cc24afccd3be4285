/** Every route with a fixed address, and the main heading each shows (the offline and axe sweeps visit them all). */
export const staticRoutes: { hash: string; heading: RegExp }[] = [
  { hash: '#/', heading: /^Your cases$/ },
  { hash: '#/about', heading: /^About this service and your data$/ },
  { hash: '#/scenarios', heading: /^Scenario library$/ },
  { hash: '#/training', heading: /^Your training copies$/ },
  { hash: '#/settings', heading: /^Letter signatory$/ },
  { hash: '#/import', heading: /^Import cases$/ },
  { hash: '#/related', heading: /^Other routes$/ },
];
