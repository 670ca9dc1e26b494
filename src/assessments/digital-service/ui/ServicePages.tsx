// The digital-service screens, one lazy chunk: the wizard and review, the register, the guardians' list.
export { ServiceSession } from './ServiceSession';
export { GuardiansListPage } from './RegisterPages';
export { ServiceRegisterPage } from './ServiceRegister';
