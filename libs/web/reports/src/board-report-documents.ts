import { graphql } from '@lantern/web/graphql';

export const BoardReportQuery = graphql(`
  query BoardReport($period: String, $area: String) {
    boardReport(period: $period, area: $area) {
      period {
        key
        label
        from
        to
      }
      previousPeriod {
        key
        label
      }
      area
      areaLabel
      areas
      suppressionThreshold
      asOf
      figures {
        key
        label
        section
        current {
          value
          display
          suppression
        }
        previous {
          value
          display
          suppression
        }
        change
        changeDisplay
      }
      durations {
        key
        label
        count {
          value
          display
        }
        medianDays
        lowerQuartileDays
        upperQuartileDays
        previousMedianDays
        display
      }
      tables {
        key
        title
        caption
        rowHeader
        columns
        rows {
          label
          cells {
            value
            display
            suppression
          }
        }
      }
    }
  }
`);
