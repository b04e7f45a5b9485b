import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';

/** "All" and one tab per state, filtering a list by state. */
export function StateTabs<T extends string>(props: {
  value: T | 'all';
  states: readonly T[];
  labelOf: (state: T) => string;
  ariaLabel: string;
  onChange: (value: T | 'all') => void;
}) {
  return (
    <Tabs
      value={props.value}
      onChange={(_e, value) => props.onChange(value)}
      indicatorColor="primary"
      aria-label={props.ariaLabel}
    >
      <Tab value="all" label="All" />
      {props.states.map(state => (
        <Tab key={state} value={state} label={props.labelOf(state)} />
      ))}
    </Tabs>
  );
}
