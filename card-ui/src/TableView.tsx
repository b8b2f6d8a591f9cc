import {
  Dropdown,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@hubspot/ui-extensions';
import { useContext } from 'react';

import { ActionOverlays } from './actionOverlays';
import { PropertyValue, type Formatting } from './PropertyValue';
import { propertyValue } from './shownValues';
import { ObjectTitle } from './ObjectTitle';
import type { TableLayout } from './tableLayout';
import type { CardAction, CardObject, DisplayProperty } from './types';
import type { CurrencyCodes, TableSort } from './viewTypes';

interface TableViewProps {
  title: string;
  objects: CardObject[];
  layout: TableLayout;
  /** Wire names of the columns that sort. */
  sortable: readonly string[];
  sort?: TableSort;
  onSortChange: (sort: TableSort) => void;
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  formatting: Formatting;
  /** The view's codes of CURRENCY columns. */
  currencyCodes?: CurrencyCodes;
  onAction: (action: CardAction, objectTitle: string) => void;
}

/**
 * A TABLE's rows as HubSpot's Table: the title first (a link when the object has one), one
 * column per display property in declaration order, each value drawn as the tiles draw it, and
 * the row's actions in a menu. Paging and sorting are the server's: the table only asks.
 */
export function TableView(props: TableViewProps) {
  const { objects, layout, page, pageCount, onPageChange } = props;
  const hasActions = objects.some((o) => (o.actions ?? []).length > 0);
  return (
    <Table
      testId="table"
      bordered={true}
      density={layout.compact ? 'condensed' : 'default'}
      paginated={true}
      page={page}
      pageCount={pageCount}
      onPageChange={onPageChange}
      showFirstLastButtons={!layout.compact}
      maxVisiblePageButtons={layout.compact ? 3 : 5}
    >
      <TableHead>
        <TableRow>
          <TableHeader testId="header-title">{props.title}</TableHeader>
          {layout.columns.map((property) => (
            <ColumnHeader key={property.name} property={property} {...props} />
          ))}
          {hasActions && <TableHeader testId="header-actions">Actions</TableHeader>}
        </TableRow>
      </TableHead>
      <TableBody>
        {objects.map((object) => (
          <ObjectRow key={String(object.objectId)} object={object} hasActions={hasActions} {...props} />
        ))}
      </TableBody>
    </Table>
  );
}

function ColumnHeader({ property, sortable, sort, onSortChange }: TableViewProps & { property: DisplayProperty }) {
  const testId = `header-${property.name}`;
  if (!sortable.includes(property.name)) {
    return <TableHeader testId={testId}>{property.label}</TableHeader>;
  }
  const direction = sort?.property !== property.name ? 'none' : sort.descending ? 'descending' : 'ascending';
  return (
    <TableHeader
      testId={testId}
      sortDirection={direction}
      onSortChange={(next) => onSortChange({ property: property.name, descending: next === 'descending' })}
    >
      {property.label}
    </TableHeader>
  );
}

function ObjectRow({
  object,
  hasActions,
  layout,
  formatting,
  currencyCodes,
  onAction,
}: TableViewProps & { object: CardObject; hasActions: boolean }) {
  const id = String(object.objectId);
  const actions = object.actions ?? [];
  const overlayFor = useContext(ActionOverlays);
  return (
    <TableRow testId={`row-${id}`}>
      <TableCell testId={`title-cell-${id}`}>
        <ObjectTitle object={object} />
      </TableCell>
      {layout.columns.map((property) => {
        const shown = propertyValue(property, object, currencyCodes);
        return (
          <TableCell key={property.name} testId={`cell-${id}-${property.name}`}>
            {shown ? <PropertyValue shown={shown} formatting={formatting} testId={`value-${id}-${property.name}`} /> : ''}
          </TableCell>
        );
      })}
      {hasActions && (
        <TableCell testId={`actions-cell-${id}`}>
          {actions.length > 0 && (
            // Menu items rather than options: only an item can open a form's overlay.
            <Dropdown testId={`actions-${id}`} buttonText="Actions" buttonSize="xs" variant="transparent">
              {actions.map((action, index) => (
                <Dropdown.ButtonItem
                  key={`${index}`}
                  testId={`action-${id}-${index}`}
                  onClick={() => onAction(action, object.title)}
                  overlay={overlayFor(action, `${id}-${index}`, object.title)}
                >
                  {action.label}
                </Dropdown.ButtonItem>
              ))}
            </Dropdown>
          )}
        </TableCell>
      )}
    </TableRow>
  );
}
