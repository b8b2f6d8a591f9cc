import {
  Alert,
  Button,
  ButtonRow,
  Flex,
  Form,
  Modal,
  ModalBody,
  Panel,
  PanelBody,
  PanelSection,
} from '@hubspot/ui-extensions';
import { useCallback, useRef, useState, type ReactNode } from 'react';

import { FormField } from './FormField';
import { formBody, initialValues } from './formBody';
import { submitForm } from './formRequest';
import { checkForm } from './formRules';
import type { FormDefinition, FormValues } from './formTypes';
import type { CardHostProps } from './host';
import { ownValue } from './ownValues';
import type { Answer, FieldErrors } from './requests';
import type { CardAction } from './types';
import { CARD_LOCATIONS, ROOMY_LOCATION, type FormMethod } from './vocabulary';

/** How a form opens: HubSpot's Panel beside the record, or its Modal. */
export type FormOverlayKind = 'panel' | 'modal';

const ROOMY = CARD_LOCATIONS.find((location) => location.name === ROOMY_LOCATION)!;

/**
 * A panel where the page is wide (the rules' roomy location, a record's tab) and the card's table
 * stays in sight beside it; a modal in the sidebars and the preview, which a panel would open over.
 *
 * @param location crmcards' name of the location or HubSpot's
 */
export function formOverlayKind(location: string | undefined): FormOverlayKind {
  return location === ROOMY.name || location === ROOMY.hubspotLocation ? 'panel' : 'modal';
}

interface FormOverlayProps {
  /** The overlay's id, unique in the card: HubSpot opens and closes overlays by it. */
  id: string;
  kind: FormOverlayKind;
  title: string;
  action: CardAction;
  form: FormDefinition;
  /** The method the form is sent with: the card offers a form only once it knows one it may use. */
  method: FormMethod;
  host: CardHostProps;
  /** Called once the server accepted the form, after the overlay closed. */
  onSent: (answer: Answer<unknown> & { ok: true }) => void;
}

/**
 * A FORM action's form in HubSpot's Modal or Panel: each input drawn by type, the rules checked
 * as the user types (an input's error shows once it was touched, every error on a submit), the
 * form sent once per click, and the server's field errors shown at their inputs.
 */
export function FormOverlay({ id, kind, title, action, form, method, host, onSent }: FormOverlayProps) {
  const [values, setValues] = useState<FormValues>(() => initialValues(form.inputs));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  // Set before any re-render, so a second click in the same instant finds it.
  const inFlight = useRef(false);
  // Counts closings: an answer that comes after the form was closed is not this form's any more.
  const closings = useRef(0);

  const errors = checkForm(form.inputs, values);
  const names = new Set(form.inputs.map((input) => input.name));
  const otherServerErrors = Object.entries(serverErrors).filter(([name]) => !names.has(name));

  const reset = useCallback(() => {
    closings.current++;
    setValues(initialValues(form.inputs));
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
    setFailure(undefined);
  }, [form]);

  const enter = (name: string, value: unknown) => {
    setTouched((current) => new Set(current).add(name));
    if (sameValue(ownValue(values, name), value)) {
      return; // an input reports on leaving it too: the server's verdict on this value stands
    }
    setValues((current) => ({ ...current, [name]: value }));
    // The server judged the old value; the new one is the card's to check.
    setServerErrors(({ [name]: _judged, ...rest }) => rest);
  };

  const submit = async () => {
    if (inFlight.current) {
      return;
    }
    setSubmitted(true);
    if (Object.keys(errors).length > 0) {
      return;
    }
    inFlight.current = true;
    setSending(true);
    setFailure(undefined);
    const sentWhileOpen = closings.current;
    try {
      const answer = await submitForm(action, method, formBody(form.inputs, values), host);
      const stillOpen = closings.current === sentWhileOpen;
      if (answer.ok) {
        if (stillOpen) {
          host.actions.closeOverlay(id);
          reset();
        }
        onSent(answer);
      } else if (stillOpen) {
        setServerErrors(answer.errors ?? {});
        setFailure(answer.message);
      } else {
        // Closed meanwhile: said where the user is, not kept for the form's next opening.
        host.actions.addAlert({ type: 'danger', title: `${action.label} failed`, message: answer.message });
      }
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  const content = (
    <Form testId={id} onSubmit={() => void submit()}>
      <Flex direction="column" gap="sm">
        {failure !== undefined && (
          <Alert testId={`${id}-failure`} title={failure} variant="danger">
            {otherServerErrors.map(([name, text]) => `${name}: ${text}`).join(' ')}
          </Alert>
        )}
        {form.inputs.map((input) => (
          <FormField
            key={input.name}
            formId={id}
            input={input}
            value={ownValue(values, input.name)}
            error={
              ownValue(serverErrors, input.name) ??
              (submitted || touched.has(input.name) ? ownValue(errors, input.name) : undefined)
            }
            onValue={(value) => enter(input.name, value)}
          />
        ))}
        <ButtonRow>
          <Button testId={`${id}-submit`} type="submit" variant="primary" disabled={sending}>
            {action.label}
          </Button>
          <Button testId={`${id}-cancel`} type="button" onClick={() => host.actions.closeOverlay(id)}>
            Cancel
          </Button>
        </ButtonRow>
      </Flex>
    </Form>
  );
  return overlay(kind, id, title, reset, content);
}

function overlay(kind: FormOverlayKind, id: string, title: string, onClose: () => void, content: ReactNode) {
  if (kind === 'panel') {
    return (
      <Panel id={id} title={title} width="md" variant="modal" onClose={onClose}>
        <PanelBody>
          <PanelSection>{content}</PanelSection>
        </PanelBody>
      </Panel>
    );
  }
  return (
    <Modal id={id} title={title} width="md" onClose={onClose}>
      <ModalBody>{content}</ModalBody>
    </Modal>
  );
}

/** Whether two of an input's values are the same: equal, or lists of the same items in order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}
