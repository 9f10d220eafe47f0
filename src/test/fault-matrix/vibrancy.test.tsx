/** The fault matrix's row for /vibrancy (see ../fault-matrix.tsx). */
import { describeFaultMatrix } from '../fault-matrix'

describeFaultMatrix('vibrancy')
