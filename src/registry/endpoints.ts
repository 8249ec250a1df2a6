import type { EndpointEntry } from './types';

/** Server functions the sidebar calls through google.script.run. */
export const endpoints = [
  {
    kind: 'endpoint',
    name: 'sidebarLoad',
    description:
      "Sidebar start-up: the user's locale, today, the Goals tab's rows and the platforms and metrics found in the pasted data.",
    params: [],
    returns: 'A SidebarState (src/core/sidebar/transport.ts).',
  },
  {
    kind: 'endpoint',
    name: 'sidebarHistory',
    description:
      'The baseline the Progress tab would derive for a platform, metric and start date, and the history of that metric for the Attainable check.',
    params: [
      {
        name: 'request',
        description: 'A HistoryRequest: platform, metric, start and deadline (ISO dates or "").',
      },
    ],
    returns: 'A HistoryResponse (src/core/sidebar/transport.ts).',
  },
  {
    kind: 'endpoint',
    name: 'sidebarSaveGoal',
    description:
      'Validates a goal with the shared schema and, under the document lock, appends it to the Goals tab or updates its row.',
    params: [
      { name: 'request', description: 'A SaveRequest: the goal, and the row and goal name when editing.' },
    ],
    returns: 'A SaveResult: the row written and the goals, or field errors, or a problem code.',
  },
  {
    kind: 'endpoint',
    name: 'sidebarDeleteGoal',
    description:
      'Under the document lock, deletes one Goals row if it still holds the goal the sidebar showed.',
    params: [{ name: 'request', description: 'A DeleteRequest: the row and the goal name it should hold.' }],
    returns: 'A DeleteResult: the goals after the delete, or a problem code.',
  },
] as const satisfies readonly EndpointEntry[];
