/** The fault matrix's row for /claims (see ../fault-matrix.tsx). */
import { describeFaultMatrix } from '../fault-matrix'

describeFaultMatrix('claims')
