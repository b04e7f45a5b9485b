import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';

/** A choice: its value and its label. The value '' means "no filter". */
export type FilterOption = [value: string, label: string];

/**
 * A select of a filter bar. Its label stays up so that the label of the
 * '' option ("All kinds") shows, and its id ties the label to it for
 * screen readers.
 */
export function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  options: FilterOption[];
  size?: 'small' | 'medium';
  fullWidth?: boolean;
}) {
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      size={props.size}
      fullWidth={props.fullWidth}
      style={props.fullWidth ? undefined : { minWidth: 180 }}
      SelectProps={{ displayEmpty: true }}
      InputLabelProps={{ shrink: true }}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
    >
      {props.options.map(([value, label]) => (
        <MenuItem key={value} value={value}>
          {label}
        </MenuItem>
      ))}
    </TextField>
  );
}
