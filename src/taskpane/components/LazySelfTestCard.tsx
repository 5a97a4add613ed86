import { Suspense, lazy } from "react";
import type { SelfTestCardProps } from "./SelfTestCard";

/** The 自检 card, loaded after the pane's first screen: it is used once, by the first user or a unit's IT. */
const SelfTestCard = lazy(() =>
  import(/* webpackChunkName: "self-test" */ "./SelfTestCard").then((m) => ({ default: m.SelfTestCard })),
);

export function LazySelfTestCard(props: SelfTestCardProps) {
  return (
    <Suspense fallback={null}>
      <SelfTestCard {...props} />
    </Suspense>
  );
}
