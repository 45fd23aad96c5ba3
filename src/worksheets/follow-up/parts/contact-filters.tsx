import { For } from 'solid-js';
import { stateLabels, type FollowUpState } from '../cadence';
import { sortKeys, sortLabels, type ContactQuery } from '../contact-query';

const states: FollowUpState[] = ['overdue', 'due-soon', 'ok', 'none'];

/** Search, the tag, state and organisation filters, and the sort order of the contact list. */
export default function ContactFilters(props: {
  query: ContactQuery;
  options: { tags: string[]; organizations: string[] };
  onChange: (query: ContactQuery) => void;
}) {
  const set = (patch: Partial<ContactQuery>) => props.onChange({ ...props.query, ...patch });
  const labelled = (values: readonly string[], labels?: Record<string, string>) =>
    values.map((value) => ({ value, label: labels?.[value] ?? value }));
  return (
    <div class="fu-filters no-print" role="search" aria-label="Find contacts">
      <div class="field fu-filters__search">
        <label for="fu-search">Search contacts</label>
        <input
          id="fu-search"
          type="search"
          value={props.query.text}
          placeholder="Name, organization, tag, notes…"
          onInput={(event) => set({ text: event.currentTarget.value })}
        />
      </div>
      <Choice
        id="fu-filter-tag"
        label="Filter by tag"
        value={props.query.tag}
        options={[{ value: '', label: 'Any tag' }, ...labelled(props.options.tags)]}
        onChange={(tag) => set({ tag })}
      />
      <Choice
        id="fu-filter-state"
        label="Filter by state"
        value={props.query.state}
        options={[
          { value: '', label: 'Any state' },
          ...states.map((state) => ({ value: state, label: stateLabels[state].text })),
        ]}
        onChange={(state) => set({ state: state as FollowUpState | '' })}
      />
      <Choice
        id="fu-filter-org"
        label="Filter by organization"
        value={props.query.organization}
        options={[{ value: '', label: 'Any organization' }, ...labelled(props.options.organizations)]}
        onChange={(organization) => set({ organization })}
      />
      <Choice
        id="fu-sort"
        label="Sort by"
        value={props.query.sort}
        options={labelled(sortKeys, sortLabels)}
        onChange={(sort) => set({ sort: sort as ContactQuery['sort'] })}
      />
    </div>
  );
}

/** One labelled menu of the filter bar; changes apply at once. */
function Choice(props: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
    </div>
  );
}
