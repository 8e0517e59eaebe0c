// Labels (node types) and relationship types: display names, order, and the colour of each label.
// The colours themselves live in app.css (--label-<name>), so the legend, the badges and the graph agree.

/** The labels, in the order the search groups them. */
export const labels = ['Hazard', 'Disease', 'Program', 'Event', 'Agency', 'Person', 'Regulation', 'Topic', 'Sector', 'Country', 'Source'];

const plurals = {
  Hazard: 'Hazards', Disease: 'Diseases', Program: 'Programs', Event: 'Events', Agency: 'Agencies', Person: 'People',
  Regulation: 'Regulations', Topic: 'Topics', Sector: 'Sectors', Country: 'Countries', Source: 'Sources',
};

/** "Agencies" for "Agency". */
export function plural(label) {
  return plurals[label] ?? label;
}

/** The colour of a label, read from the stylesheet. */
export function colour(label) {
  const value = getComputedStyle(document.documentElement).getPropertyValue(`--label-${label.toLowerCase()}`).trim();
  return value || '#6b7280';
}

// How a relationship reads from each of its ends: [outgoing, incoming].
const phrases = {
  CAUSES: ['Causes', 'Caused by'],
  FOUND_IN: ['Found in', 'Hazards found here'],
  ADDRESSES: ['Addresses', 'Addressed by'],
  PART_OF: ['Part of', 'Has parts'],
  COVERED: ['Covered', 'Covered at'],
  PARTICIPATES_IN: ['Participates in', 'Participants'],
  ATTENDED: ['Attended', 'Attended by'],
  MEMBER_OF: ['Member of', 'Members'],
  BASED_IN: ['Based in', 'Based here'],
  INVOLVES: ['Involves', 'Involved in'],
  HELD_IN: ['Held in', 'Events held here'],
  ISSUED_BY: ['Issued by', 'Issued'],
  REGULATES: ['Regulates', 'Regulated by'],
  BASED_ON: ['Based on', 'Basis of'],
};

/** "Addressed by" for an incoming ADDRESSES. */
export function phrase(type, direction) {
  const pair = phrases[type];
  if (!pair) return humanize(type) + (direction === 'IN' ? ' (incoming)' : '');
  return direction === 'IN' ? pair[1] : pair[0];
}

/** "CO_CHAIR" → "Co-chair", "WORKING_GROUP" → "Working group". */
export function humanize(code) {
  if (!code) return '';
  const text = String(code).toLowerCase().replace(/_/g, ' ').replace(/^co /, 'co-');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
