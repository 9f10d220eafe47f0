/** The fault matrix's row for /indicators (see ../fault-matrix.tsx). */
import { describeFaultMatrix } from '../fault-matrix'

describeFaultMatrix('indicators')
