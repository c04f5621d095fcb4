import { css } from 'lit';

/** Styles of toasts (top-right stack) and the balloons/snow animations. */
export const eventStyles = css`
  .lu-toasts {
    position: fixed;
    top: 3.5rem;
    right: 1rem;
    z-index: 1000;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.5rem;
    width: min(22rem, calc(100vw - 2rem));
    pointer-events: none;
  }
  .lu-toast {
    pointer-events: auto;
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
    width: 100%;
    padding: 0.75rem 0.5rem 0.75rem 1rem;
    font-size: 0.9375rem;
    line-height: 1.5;
    color: var(--lit-ui-text);
    background: var(--lit-ui-secondary-bg);
    border-radius: var(--lit-ui-radius);
    box-shadow: var(--lit-ui-shadow);
    animation: lu-toast-in 0.22s ease-out;
    transition:
      opacity 0.2s ease,
      transform 0.2s ease;
  }
  .lu-toast--leaving {
    opacity: 0;
    transform: translateX(1rem);
  }
  @keyframes lu-toast-in {
    from {
      opacity: 0;
      transform: translateX(1.5rem);
    }
  }
  .lu-toast-icon {
    flex: none;
    font-size: 1.125rem;
    line-height: 1.35;
  }
  .lu-toast-body {
    flex: 1 1 auto;
    min-width: 0;
    padding-top: 0.0625rem;
    overflow-wrap: anywhere;
  }
  .lu-toast-close {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
  }

  .lu-effect {
    position: fixed;
    inset: 0;
    z-index: 1001;
    overflow: hidden;
    pointer-events: none;
  }
  .lu-balloon {
    position: absolute;
    bottom: -120px;
    animation-name: lu-balloon-rise;
    animation-timing-function: ease-in;
    animation-fill-mode: both;
  }
  @keyframes lu-balloon-rise {
    from {
      transform: translate(0, 0) rotate(-4deg);
    }
    50% {
      transform: translate(var(--lu-sway, 0), -60vh) rotate(4deg);
    }
    to {
      transform: translate(0, calc(-100vh - 160px)) rotate(-2deg);
    }
  }
  .lu-flake {
    position: absolute;
    top: -40px;
    color: #a8c8e8;
    text-shadow: 0 0 2px rgba(60, 110, 160, 0.45);
    animation-name: lu-flake-fall;
    animation-timing-function: linear;
    animation-fill-mode: both;
  }
  @keyframes lu-flake-fall {
    from {
      transform: translate(0, 0) rotate(0deg);
    }
    50% {
      transform: translate(var(--lu-sway, 0), 50vh) rotate(180deg);
    }
    to {
      transform: translate(0, calc(100vh + 60px)) rotate(360deg);
      opacity: 0.6;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .lu-effect {
      display: none;
    }
  }
`;
