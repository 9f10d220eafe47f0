/** The fault matrix's row for /meta (see ../fault-matrix.tsx). */
import { describeFaultMatrix } from '../fault-matrix'

describeFaultMatrix('meta')
