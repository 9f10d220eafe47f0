/** The fault matrix's row for /pledges (see ../fault-matrix.tsx). */
import { describeFaultMatrix } from '../fault-matrix'

describeFaultMatrix('pledges')
