import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { FilterSelect } from '../lists/FilterSelect';
import { CoverageSection } from './CoverageSection';
import { DemandSection } from './DemandSection';
import { HealthSection } from './HealthSection';

/**
 * `/learning/insights`, for the learning program: coverage, health and
 * demand. Figures about people are shown only where 5 or more.
 */
export function InsightsTab() {
  const [weeks, setWeeks] = useState('12');
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        {/* on a card's white: the page's grey is too low a contrast */}
        <Box
          component={Paper}
          p={2}
          display="flex"
          alignItems="center"
          style={{ gap: 16 }}
        >
          <Typography variant="body2">
            Where the SMEs' hours would help most. Figures about people are
            shown only where 5 or more people are counted.
          </Typography>
          <FilterSelect
            id="insights-weeks"
            label="Weeks"
            size="small"
            value={weeks}
            onChange={setWeeks}
            options={[
              ['4', 'Last 4 weeks'],
              ['12', 'Last 12 weeks'],
              ['26', 'Last 26 weeks'],
              ['52', 'Last 52 weeks'],
            ]}
          />
        </Box>
      </Grid>
      <Grid item xs={12}>
        <CoverageSection />
      </Grid>
      <Grid item xs={12}>
        <HealthSection weeks={Number(weeks)} />
      </Grid>
      <Grid item xs={12}>
        <DemandSection weeks={Number(weeks)} />
      </Grid>
    </Grid>
  );
}
