import { once } from "../components/useLazyModule";

export const loadRegisterEngine = once(() => import(/* webpackChunkName: "register-engine" */ "./register-engine"));
export type RegisterEngine = Awaited<ReturnType<typeof loadRegisterEngine>>;

export const loadMinutesReader = once(() => import(/* webpackChunkName: "minutes-reader" */ "./minutes-reader"));
