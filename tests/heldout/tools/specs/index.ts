import { goldH01 } from "./h01.ts";
import { goldH02 } from "./h02.ts";
import { goldH03 } from "./h03.ts";
import { goldH04 } from "./h04.ts";
import { goldH05 } from "./h05.ts";
import { goldH06 } from "./h06.ts";
import { goldH07 } from "./h07.ts";
import { goldH08 } from "./h08.ts";
import { goldH09 } from "./h09.ts";
import { goldH10 } from "./h10.ts";
import { goldH11 } from "./h11.ts";
import { goldH12 } from "./h12.ts";
import { goldH13 } from "./h13.ts";
import { goldH14 } from "./h14.ts";
import { goldH15 } from "./h15.ts";
import { goldH16 } from "./h16.ts";
import { goldH17 } from "./h17.ts";
import { goldH18 } from "./h18.ts";

/** One builder per held-out article, in id order. */
export const SPECS = [goldH01, goldH02, goldH03, goldH04, goldH05, goldH06, goldH07, goldH08, goldH09, goldH10, goldH11, goldH12, goldH13, goldH14, goldH15, goldH16, goldH17, goldH18] as const;
